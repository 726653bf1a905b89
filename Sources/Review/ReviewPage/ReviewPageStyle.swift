/// The review page's style sheet (inline: the page loads nothing).
enum ReviewPageStyle {
    static let source = #"""
        :root { --panel: 430px; --bar: 48px; --ink: #1b1b1b; --muted: #5f6368; --line: #d5d7db; --bg: #eef0f3; }
        * { box-sizing: border-box; }
        html { scroll-padding-top: calc(var(--bar) + 12px); }
        body { margin: 0; font: 14px/1.4 system-ui, "DejaVu Sans", sans-serif; color: var(--ink); background: var(--bg); }
        #confidential { background: #8b0000; color: #fff; padding: 10px 16px; font-size: 14px; }
        #confidential strong { font-size: 16px; display: block; margin-bottom: 2px; }
        #toolbar { position: sticky; top: 0; z-index: 20; display: flex; align-items: center; gap: 12px; height: var(--bar);
          padding: 0 16px; background: #fff; border-bottom: 3px solid #b00020; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
        #toolbar h1 { font-size: 16px; margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
        #toolbar .flag { background: #b00020; color: #fff; font-weight: 700; font-size: 12px; padding: 3px 7px; border-radius: 3px; letter-spacing: .04em; }
        #summary { color: var(--muted); white-space: nowrap; }
        #status { margin-left: auto; color: #1e6b2f; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
        button { font: inherit; padding: 5px 12px; border: 1px solid var(--line); border-radius: 4px; background: #fff; cursor: pointer; }
        button:hover { background: #f3f4f6; }
        button.primary { background: #1a56db; border-color: #1a56db; color: #fff; font-weight: 600; }
        button.primary:hover { background: #1748b8; }
        button.small { padding: 1px 7px; font-size: 12px; }
        #layout { display: flex; align-items: flex-start; }
        #pages { flex: 1; min-width: 0; padding: 16px; display: flex; flex-direction: column; align-items: center; gap: 16px; }
        .page { position: relative; width: 100%; max-width: 900px; background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.25);
          touch-action: none; cursor: crosshair; user-select: none; }
        .page img { position: absolute; inset: 0; width: 100%; height: 100%; display: block; pointer-events: none; }
        .page .overlay { position: absolute; inset: 0; }
        .page-number { position: absolute; right: -2px; top: -2px; transform: translate(100%, 0); padding: 2px 6px; font-size: 12px; color: var(--muted); }
        .page.unchecked { outline: 4px solid #e8a200; }
        .unchecked-note { position: absolute; left: 0; right: 0; top: 0; background: #e8a200; color: #000; padding: 4px 8px; font-weight: 600; }
        .box { position: absolute; border: 2px solid var(--c); background: color-mix(in srgb, var(--c) 28%, transparent); cursor: pointer; border-radius: 1px; }
        .box.rejected { background: transparent; border: 2px dashed #7a7a7a; }
        .box.selected, mark.span.selected { outline: 3px solid #111; outline-offset: 1px; z-index: 2; }
        .area-box { position: absolute; background: rgba(0,0,0,.55); border: 2px dashed #fff; outline: 1px solid #000; }
        .area-box.rejected { background: transparent; border-color: #7a7a7a; }
        .area-box.drawing { background: rgba(26,86,219,.25); border: 2px dashed #1a56db; outline: none; }
        .text-page { width: 100%; max-width: 900px; background: #fff; padding: 24px 32px; box-shadow: 0 1px 6px rgba(0,0,0,.25); }
        .text-page .text { white-space: pre-wrap; font: 14px/1.55 "DejaVu Sans Mono", monospace; }
        mark.span { background: color-mix(in srgb, var(--c) 30%, transparent); border-bottom: 2px solid var(--c); color: inherit; cursor: pointer; }
        mark.span.rejected { background: transparent; border-bottom: 2px dashed #7a7a7a; }
        #panel { position: sticky; top: var(--bar); width: var(--panel); flex: none; height: calc(100vh - var(--bar)); overflow-y: auto;
          background: #fff; border-left: 1px solid var(--line); padding: 8px 14px 40px; }
        #panel h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 14px 0 6px; }
        .row { display: flex; align-items: center; gap: 6px; padding: 2px 0; }
        .row .name { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
        .row .count { color: var(--muted); font-variant-numeric: tabular-nums; }
        .swatch { width: 12px; height: 12px; border-radius: 2px; background: var(--c); flex: none; border: 1px solid rgba(0,0,0,.2); }
        #findings, #areas { list-style: none; margin: 0; padding: 0; }
        .finding { content-visibility: auto; contain-intrinsic-size: auto 70px; border: 1px solid var(--line); border-left: 5px solid var(--c); border-radius: 4px; padding: 6px 8px; margin: 6px 0; cursor: pointer; }
        .finding.rejected { border-left-style: dashed; background: #f6f6f6; }
        .finding.rejected .ftext { text-decoration: line-through; color: var(--muted); }
        .finding.selected { box-shadow: 0 0 0 2px #111; }
        .finding label { display: flex; align-items: flex-start; gap: 8px; cursor: pointer; }
        .finding input { margin-top: 3px; }
        .ftext { font-weight: 600; word-break: break-word; }
        .meta { color: var(--muted); font-size: 12px; margin-left: 24px; }
        .finding details { margin: 4px 0 0 24px; font-size: 12px; }
        .finding summary { color: #1a56db; cursor: pointer; }
        .finding dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 4px 0; }
        .finding dt { color: var(--muted); }
        .finding dd { margin: 0; word-break: break-word; }
        .ctx { font-family: "DejaVu Sans Mono", monospace; font-size: 12px; background: #f6f7f9; padding: 4px 6px; border-radius: 3px; white-space: pre-wrap; }
        .ctx mark { background: color-mix(in srgb, var(--c) 35%, transparent); }
        .area-item { border: 1px solid var(--line); border-left: 5px solid #000; border-radius: 4px; padding: 6px 8px; margin: 6px 0; font-size: 13px; }
        .area-item input[type=text] { width: 100%; font: inherit; padding: 2px 4px; margin-top: 3px; }
        .hint { color: var(--muted); font-size: 12px; margin: 0; }
        #help { position: fixed; z-index: 30; top: 70px; right: 460px; width: 340px; background: #fff; border: 1px solid var(--line);
          border-radius: 6px; box-shadow: 0 6px 24px rgba(0,0,0,.25); padding: 8px 16px; }
        #help dl { display: grid; grid-template-columns: max-content 1fr; gap: 3px 12px; }
        #help dt { font-family: monospace; font-weight: 700; }
        #help dd { margin: 0; }
        """#
}
