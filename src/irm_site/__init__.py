"""The site side of the project: the MkDocs plugin, the pytest results recorder and what they share.

``irm_site`` itself imports neither MkDocs nor pytest; ``irm_site.plugin`` is the MkDocs plugin
and ``irm_site.pytest_plugin`` the pytest plugin, each importing only its own framework.
"""
