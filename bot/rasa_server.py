"""`rasa run` without TensorFlow: our model has no TensorFlow component, so its libraries stay out.

Rasa 3.6 imports TensorFlow whatever the model (rasa.core.agent -> policy -> featurizers ->
rasa.utils.train_utils -> `import tensorflow`), and that import alone maps ~300 MB into the
server and takes seconds. Here `tensorflow` and its add-ons are stand-ins: Rasa's modules may
name and subclass them while they load, and any real use fails loudly. Run it as
`python -m bot.rasa_server run ...`, with the arguments of `rasa run`.
"""
from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import types

# The packages Rasa's modules import at load time; nothing our model runs needs them.
STAND_IN_PACKAGES = ("tensorflow", "tensorflow_addons", "tensorflow_hub", "tensorflow_text", "keras")


class TensorFlowNotLoaded(RuntimeError):
    """A stand-in was used for real: the model needs TensorFlow after all."""


class _StandIn(type):
    """Any attribute of a stand-in is another stand-in, and a class may subclass one: that is all
    Rasa's modules do with TensorFlow while they load. Calling one means TensorFlow was needed."""

    def __new__(mcs, name: str, bases: tuple = (), namespace: dict | None = None):
        return super().__new__(mcs, name, bases, dict(namespace or {}))

    def __init__(cls, name: str, bases: tuple = (), namespace: dict | None = None):
        super().__init__(name, bases, dict(namespace or {}))

    def __getattr__(cls, attribute: str) -> "_StandIn":
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        return _StandIn(f"{cls.__name__}.{attribute}")

    def __call__(cls, *args, **kwargs):
        raise TensorFlowNotLoaded(
            f"{cls.__name__} was called, but this Rasa server runs without TensorFlow "
            "(bot/rasa_server.py); a model with TensorFlow components needs plain `rasa run`")


class _StandInModule(types.ModuleType):
    def __getattr__(self, attribute: str) -> _StandIn:
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        return _StandIn(f"{self.__name__}.{attribute}")


class _StandInFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds a stand-in module for each of STAND_IN_PACKAGES and their submodules."""

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in STAND_IN_PACKAGES:
            return importlib.machinery.ModuleSpec(name, self, is_package=True)
        return None

    def create_module(self, spec):
        module = _StandInModule(spec.name)
        module.__path__ = []
        module.__version__ = "0.0.0+not-loaded"
        return module

    def exec_module(self, module) -> None:
        pass


def without_tensorflow() -> None:
    """From now on, importing TensorFlow in this process gives the stand-ins."""
    if not any(isinstance(finder, _StandInFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _StandInFinder())


def main() -> None:
    without_tensorflow()
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *sys.argv[1:]]
    rasa_main()


if __name__ == "__main__":
    main()
