"""Rasa's LogisticRegressionClassifier, kept on disk as JSON numbers instead of with skops.

Loading Rasa's own imports skops, whose import walks every scikit-learn estimator: 5.5 s of the
Rasa server's 11 s cold start on this machine (py-spy). The model is a matrix, a vector and the
intent names, so JSON holds it exactly and loading it can run no code. Training and prediction
are Rasa's, unchanged."""
from __future__ import annotations

import json
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier

MODEL_FILE = "logistic_regression.json"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class JsonLogisticRegressionClassifier(LogisticRegressionClassifier):
    """LogisticRegressionClassifier whose fitted weights are stored as JSON."""

    def persist(self) -> None:
        fitted = {
            "classes": [str(name) for name in self.clf.classes_],
            "coef": self.clf.coef_.tolist(),
            "intercept": self.clf.intercept_.tolist(),
            "n_features_in": int(self.clf.n_features_in_),
        }
        with self._model_storage.write_to(self._resource) as model_dir:
            (model_dir / MODEL_FILE).write_text(json.dumps(fitted), encoding="utf-8")

    @classmethod
    def load(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> JsonLogisticRegressionClassifier:
        component = cls(config, execution_context.node_name, model_storage, resource)
        try:
            with model_storage.read_from(resource) as model_dir:
                fitted = json.loads((model_dir / MODEL_FILE).read_text(encoding="utf-8"))
        except (ValueError, FileNotFoundError):
            return component  # not trained (no NLU data): Rasa's classifier does the same
        component.clf.classes_ = np.array(fitted["classes"])
        component.clf.coef_ = np.array(fitted["coef"])
        component.clf.intercept_ = np.array(fitted["intercept"])
        component.clf.n_features_in_ = fitted["n_features_in"]
        return component
