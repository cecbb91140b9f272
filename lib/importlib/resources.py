"""importlib.resources is not supported by Ginger yet."""

raise ImportError('importlib.resources is not supported by Ginger yet', name='importlib.resources')
