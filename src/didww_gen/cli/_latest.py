# generated from spec/versions.yaml by codegen, do not edit
"""The API version the ``didww`` command line speaks without ``--api-version``: the one ``didww_gen`` re-exports."""

LATEST = "2026-04-16"
