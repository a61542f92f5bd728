/**
 * Sizes and colours shared by layout (which must know how big a box is) and rendering (which
 * must draw the same box). All lengths are SVG user units, i.e. CSS px at scale 1.
 *
 * Text sizes are chosen so that a chart of the usual width, shrunk to the width of an A4 page,
 * still prints at 7 pt or more (see page-windows.ts, printFit).
 */
export const STYLE = {
  fontPx: 14,
  detailFontPx: 12,
  labelFontPx: 12,
  /** Line height as a multiple of the font size. */
  lineHeight: 1.4,
  /** Widest line of node text, in em of fontPx (detail and label lines use the same px width). */
  wrapEm: 12,
  /** Widest line of a branch label, in em of labelFontPx. */
  labelWrapEm: 8,
  padX: 12,
  padY: 8,
  /** Gap between a node's main text and its detail lines. */
  detailGap: 4,
  /** Narrowest node, so that short steps (立案, 送达) still read as boxes. */
  minNodeWidth: 84,
  /** Extra width on each side of a decision, taken by the hexagon's points. */
  decisionInset: 14,
  /** Corner radius of start/end nodes; step nodes get a small one. */
  terminalRadius: 18,
  stepRadius: 2,
  labelPadX: 4,
  labelPadY: 1,
  margin: 16,
  colors: {
    text: '#1a1a1a',
    detailText: '#333333',
    stroke: '#333333',
    stepFill: '#ffffff',
    terminalFill: '#e8f3ea',
    decisionFill: '#fff4dc',
    labelFill: '#ffffff',
  },
} as const;
