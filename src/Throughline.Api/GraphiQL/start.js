// Starts GraphiQL against this server's /graphql endpoint, with the headline query as the first tab.
(function () {
  const headline = `# Routes from Intel to projects located in Xinjiang, with the quotes behind every hop.
query Routes {
  paths(
    from: { ids: ["org/intel"] }
    to: { kinds: [PROJECT], locatedIn: ["place/xinjiang"] }
    options: { maxHops: 4 }
  ) {
    totalCount
    edges {
      node {
        length
        confidence
        entities { id name }
        hops {
          from { name }
          to { name }
          relations { type status evidence { quote article { outlet title } } }
        }
      }
    }
  }
}
`;
  const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).href });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher, defaultQuery: headline, defaultEditorToolsVisibility: true, schemaDescription: true }));
})();
