class Libosinfo:
    pass
