# Would leave a marker if mypy ever loaded it.
open("/tmp/judge-example-plugin-ran", "w").write("plugin ran")
