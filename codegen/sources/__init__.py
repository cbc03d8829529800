"""Sources of spec facts: each module reads one kind of published document into :mod:`codegen.sources.facts`."""
