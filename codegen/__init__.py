"""didww-gen's code generator: spec/ (YAML) -> loader -> intermediate model -> Jinja templates -> src/didww_gen."""
