"""The Faust pipeline: the app (app.py), what its stages share (runtime.py), one module per
stage (enrichment, detection, incidents, delivery, volume_publisher), the batch lanes of the
hot topics (fastlane.py, over the Faust internals in faust_internals.py), state tables,
topics and codecs."""
