"""Custom actions the Rasa server calls; rasa_sdk imports every module of this package."""
