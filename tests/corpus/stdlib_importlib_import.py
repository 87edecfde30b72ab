# Python-level importlib (import_module, util.find_spec) over Taipan's import.
import importlib
import importlib.util
import sys

print(importlib.util.find_spec("nonexistent_xyz"))
s = importlib.util.find_spec("json")
print(s.name, s.origin.endswith("json/__init__.py"), s.submodule_search_locations is not None, s.has_location)
s = importlib.util.find_spec("json.decoder")
print(s.name, s.origin.endswith("json/decoder.py"), s.submodule_search_locations, s.has_location)
m = importlib.import_module("colorsys")
print(m.__name__, m.__spec__.name, m.__file__.endswith("colorsys.py"), m.rgb_to_hsv(1, 0, 0))
m = importlib.import_module("xml.dom")
print(m.__name__, "xml" in sys.modules)
m = importlib.import_module(".decoder", "json")
print(m.__name__)
for name in ["nonexistent_xyz", "json.nope"]:
    try:
        importlib.import_module(name)
    except ImportError as e:
        print(type(e).__name__, e, e.name)
sys.modules["blockme"] = None
try:
    importlib.import_module("blockme")
except ImportError as e:
    print(type(e).__name__, e)
