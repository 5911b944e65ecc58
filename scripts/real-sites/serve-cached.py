#!/usr/bin/env python3
"""Serve a site of the real-sites cache with ../shared/real-sites/serve.py's GitHub-Pages behaviour.

    python3 serve-cached.py <cache folder> <name> <portfile>

serve.py only looks for sites beside itself; the cache (real-sites/manifest.json, kept outside the
repository) has the same layout (<name>/site, serve.json, dropped-media.txt), so this loads serve.py
and points its folder at the cache instead of copying the server.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SERVE = os.path.join(HERE, '..', '..', '..', 'shared', 'real-sites', 'serve.py')

if len(sys.argv) != 4:
    sys.exit(__doc__)
cache, name, portfile = sys.argv[1:]
spec = importlib.util.spec_from_file_location('real_sites_serve', os.environ.get('REAL_SITES_SERVE', SERVE))
serve = importlib.util.module_from_spec(spec)
spec.loader.exec_module(serve)
serve.HERE = os.path.abspath(cache)
sys.argv = [sys.argv[0], name, portfile]
serve.main()
