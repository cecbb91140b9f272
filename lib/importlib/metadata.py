"""importlib.metadata is not supported by Ginger yet."""

raise ImportError('importlib.metadata is not supported by Ginger yet', name='importlib.metadata')
