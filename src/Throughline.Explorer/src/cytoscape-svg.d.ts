declare module 'cytoscape-svg' {
  const extension: (cy: unknown) => void;
  export default extension;
}
