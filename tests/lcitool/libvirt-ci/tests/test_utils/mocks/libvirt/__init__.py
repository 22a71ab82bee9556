from typing import Any


def virConnect() -> Any:
    pass


class virStoragePool:
    pass


class virStorageVol:
    pass
