"""daihoi: hồ sơ đại hội chi bộ từ một tệp Excel."""

__version__ = "0.1.0"
