"""Reads a GraphML or GEXF file with networkx and prints what it read as JSON: nodes with attributes, edges with
attributes. The export readers' test (readers.test.mjs) compares that with the API's GraphQL answer.

networkx 3.x reads GEXF 1.1draft and 1.2draft; its reader is told the GEXF 1.3 namespaces (1.3's structure is the same
for everything we write: attributes, attvalues, spells), and nothing else about the file."""
import json
import sys

import networkx as nx
import networkx.readwrite.gexf as gexf

fmt, path = sys.argv[1], sys.argv[2]
if fmt == "gexf":
    gexf.GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    }
    graph = nx.read_gexf(path, version="1.3")
else:
    graph = nx.read_graphml(path)

edges = []
for source, target, data in graph.edges(data=True):
    edges.append({"source": source, "target": target, "data": data})

print(json.dumps({
    "directed": graph.is_directed(),
    "nodes": {node: data for node, data in graph.nodes(data=True)},
    "edges": edges,
}, default=str))
