from .layout import create_image
