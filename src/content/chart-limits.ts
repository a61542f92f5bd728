/**
 * The largest chart the build lays out. src/flowchart/layout.ts enforces all of these
 * (FlowchartTooLarge); the schemas check them at `npm run check`: flowchart files, and 运行流程 /
 * 责任事项, from which an item's chart is a straight line of steps plus 开始 and 结束.
 * The real lists' largest chart has 21 nodes, 26 edges, 6 edges into one node and 4 out of one;
 * dense charts are what makes the layered layout slow (a fully connected 12-node chart takes 7 s,
 * a 60-node one over 15 minutes), so the degree is capped as well as the size.
 */
export const CHART_LIMITS = { nodes: 200, edges: 300, edgesIn: 10, edgesOut: 8 } as const;

