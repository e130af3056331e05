/** A Markdown table padded as Prettier pads it, so it reads in a terminal and pastes as is. */
export function markdownTable(header, rows) {
  const widths = header.map((h, i) =>
    Math.max(3, h.length, ...rows.map((r) => String(r[i]).length)),
  );
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

const round = (x, digits) => {
  if (!Number.isFinite(x)) return "–";
  return digits === 0 ? String(Math.round(x)) : x.toFixed(digits);
};

/** "median (min–max)", or just the median when every run gave the same. */
export function spread(summary, digits = 0, unit = "") {
  const median = round(summary.median, digits);
  const min = round(summary.min, digits);
  const max = round(summary.max, digits);
  return min === max ? `${median}${unit}` : `${median}${unit} (${min}–${max})`;
}
