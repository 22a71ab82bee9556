#ifndef QEMU_DRM_H
#define QEMU_DRM_H

int qemu_drm_rendernode_open(const char *rendernode);

#endif
