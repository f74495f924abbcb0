"""bot.intent_classifier: weights stored as JSON load back to the very same predictions."""
from __future__ import annotations

import warnings

import numpy as np
from scipy.sparse import random as sparse_random

with warnings.catch_warnings(record=True):  # Rasa's imports rewrite the warning filters
    from rasa.engine.graph import ExecutionContext, GraphSchema
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource

    from bot.intent_classifier import MODEL_FILE, JsonLogisticRegressionClassifier


def test_a_fitted_classifier_loads_back_with_identical_probabilities(tmp_path):
    storage = LocalModelStorage(tmp_path)
    resource = Resource("intent_classifier")
    context = ExecutionContext(GraphSchema({}), "test")
    trained = JsonLogisticRegressionClassifier.create({}, storage, resource, context)
    rng = np.random.default_rng(7)
    features = sparse_random(300, 50, density=0.2, format="csr", random_state=7)
    intents = rng.choice(["ask_article", "give_opinion", "greet", "goodbye"], size=300)
    trained.clf.fit(features, intents)
    trained.persist()

    with storage.read_from(resource) as folder:
        assert [path.name for path in folder.iterdir()] == [MODEL_FILE]  # JSON only, no pickle
    loaded = JsonLogisticRegressionClassifier.load({}, storage, resource, context)
    assert list(loaded.clf.classes_) == list(trained.clf.classes_)
    assert np.array_equal(loaded.clf.predict_proba(features), trained.clf.predict_proba(features))


def test_an_untrained_classifier_loads_as_untrained(tmp_path):
    storage = LocalModelStorage(tmp_path)
    context = ExecutionContext(GraphSchema({}), "test")
    loaded = JsonLogisticRegressionClassifier.load({}, storage, Resource("none"), context)
    assert not hasattr(loaded.clf, "coef_")
