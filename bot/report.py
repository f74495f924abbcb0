"""The opinion log as one self-contained HTML page: embedded PNG charts, reader text escaped."""
from __future__ import annotations

import base64
import io
from collections import Counter
from datetime import datetime, time, timedelta, timezone
from html import escape

from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure

from bot import review
from bot.store import Opinion
from bot.themes import Themes, quote_text, stance_mix

COLORS = {  # colour-blind safe (Okabe-Ito), the same in the charts and the badges
    "agree": "#009E73", "disagree": "#D55E00", "mixed": "#E69F00", "unsure": "#56B4E9",
    review.NO_STANCE: "#BBBBBB",
}

# The charts are shown at about 60% of their pixel size, so their text is drawn a little larger.
CHART_STYLE = {"font.size": 10.5, "axes.edgecolor": "#5b6570", "xtick.color": "#3b444d",
               "ytick.color": "#3b444d"}

STYLE = """
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d232a;
       background: #f6f7f9; margin: 0; }
main { max-width: 1040px; margin: 0 auto; padding: 32px 24px 64px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 0 0 4px; }
.meta, .id { color: #5b6570; margin: 0 0 16px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 12px;
         margin: 20px 0; }
.card, section, figure { background: #fff; border: 1px solid #e3e6ea; border-radius: 10px; }
.card { padding: 14px 16px; }
.card b { display: block; font-size: 26px; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 16px; }
figure { margin: 0; padding: 12px; }
figure img { width: 100%; height: auto; }
figcaption { font-weight: 600; margin-bottom: 6px; }
section { padding: 20px 22px; margin-top: 20px; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
col.c-when { width: 128px; } col.c-stance { width: 96px; } col.c-opinion { width: 40%; }
col.c-who { width: 150px; }
th, td { text-align: left; vertical-align: top; padding: 8px 10px; border-top: 1px solid #eceef1; }
th { font-size: 13px; color: #5b6570; font-weight: 600; }
td.when, td.small { white-space: nowrap; color: #5b6570; font-size: 13px; }
td.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.stance { display: inline-block; padding: 1px 8px; border-radius: 999px; color: #1d232a;
          font-size: 13px; font-weight: 600; }
.muted { color: #9aa3ad; }
.themes { margin: 8px 0 18px; }
h3 { font-size: 16px; margin: 0 0 8px; }
.theme { margin: 0 0 14px; }
.theme-head { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.bar { display: flex; height: 14px; min-width: 4px; border-radius: 3px; overflow: hidden;
       margin: 4px 0 6px; background: #eceef1; }
.common { background: #1d232a; color: #fff; border-radius: 999px; padding: 0 8px;
          font-size: 12px; font-weight: 600; }
.quotes { margin: 0; padding-left: 18px; }
.quotes li { overflow-wrap: anywhere; }
"""


def _png(figure: Figure) -> str:
    FigureCanvasAgg(figure)  # render with Agg: no display, no global pyplot state
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=144)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _label(text: str) -> str:
    return text.replace("$", r"\$")  # matplotlib would read $...$ as math


def _chart(stats: review.Stats) -> Figure:
    # Both charts the same size, so they sit side by side evenly; taller with more prompts.
    return Figure(figsize=(5.6, 0.42 * max(len(stats.by_prompt), 4) + 1.4),
                  constrained_layout=True)


def stance_chart(stats: review.Stats) -> str:
    """One horizontal bar per prompt, split by stance."""
    prompt_ids = list(stats.by_prompt)
    figure = _chart(stats)
    axes = figure.add_subplot()
    left = [0] * len(prompt_ids)
    for stance in review.STANCE_COLUMNS:
        counts = [stats.by_prompt[p][stance] for p in prompt_ids]
        axes.barh(range(len(prompt_ids)), counts, left=left, color=COLORS[stance], label=stance)
        left = [a + b for a, b in zip(left, counts)]
    axes.set_yticks(range(len(prompt_ids)), [_label(p) for p in prompt_ids])
    # First prompt on top, as in the sections below; room for 4 so one bar isn't a slab.
    axes.set_ylim(max(len(prompt_ids), 4) - 0.5, -0.5)
    axes.set_xlabel("opinions")
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.legend(ncol=5, loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False,
                handlelength=0.8, handletextpad=0.4, columnspacing=0.9)
    axes.spines[["top", "right"]].set_visible(False)
    return _png(figure)


def time_chart(stats: review.Stats) -> str:
    """Opinions per UTC day."""
    figure = _chart(stats)
    axes = figure.add_subplot()
    days = [datetime.combine(day, time()) for day in stats.by_day]
    axes.bar(days, list(stats.by_day.values()), color="#3b6ea8", width=0.8)
    # At least a week wide: one day alone would fill the chart with hour ticks.
    start = min(days[0], days[-1] - timedelta(days=6))
    axes.set_xlim(start - timedelta(hours=12), days[-1] + timedelta(hours=12))
    locator = AutoDateLocator(minticks=3, maxticks=8)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.set_ylabel("opinions per day (UTC)")
    axes.spines[["top", "right"]].set_visible(False)
    return _png(figure)


_NONE = '<span class="muted">—</span>'


def _badge(stance: str | None) -> str:
    name = stance or review.NO_STANCE
    return (f'<span class="stance" style="background:{COLORS.get(name, "#888")}">'
            f"{escape(name)}</span>")


def _themes_block(themes: Themes | None) -> str:
    """What readers argue: a bar per theme, as long as its share and split by stance, and its
    representative quotes."""
    if themes is None:
        return ""
    if not themes.themes:
        return (f'<div class="themes"><h3>What readers argue</h3>'
                f'<p class="id">No themes: {escape(themes.note)}.</p></div>')
    widest = max(theme.share for theme in themes.themes)
    out = ['<div class="themes"><h3>What readers argue</h3>']
    for n, theme in enumerate(themes.themes, start=1):
        parts = "".join(
            f'<span style="width:{100 * theme.stances[s] / theme.size:.2f}%;'
            f'background:{COLORS[s]}" title="{s}: {theme.stances[s]}"></span>'
            for s in review.STANCE_COLUMNS if theme.stances[s]
        )
        common = ('<span class="common" title="argued by readers who agree and readers who '
                  'disagree">common ground</span>' if theme.common_ground else "")
        quotes = "".join(f'<li><span class="id">#{q.id}</span> {escape(quote_text(q))}</li>'
                         for q in theme.quotes)
        out.append(
            f'<div class="theme"><div class="theme-head"><b>{n}. {escape(theme.label)}</b>'
            f'<span class="id">{review.plural(theme.size, "answer")} · {theme.share:.0%} · '
            f"{escape(stance_mix(theme.stances))}</span>{common}</div>"
            f'<div class="bar" style="width:{100 * theme.share / widest:.2f}%">{parts}</div>'
            f'<ul class="quotes">{quotes}</ul></div>'
        )
    extras = []
    if themes.no_argument:
        extras.append(f"{len(themes.no_argument)} gave only a stance, no argument.")
    for brigade in sorted(themes.brigades, key=lambda b: -len(b.ids))[:5]:
        extras.append(f"Possible brigade: the same words from {brigade.sessions} sessions, "
                      f'counted once: "{escape(review.one_line(brigade.text))}" '
                      f"(#{brigade.ids[0]} and {len(brigade.ids) - 1} more)")
    out += [f'<p class="id">{line}</p>' for line in extras]
    out.append("</div>")
    return "\n".join(out)


def _prompt_section(prompt_id: str, opinions: list[Opinion], counts: Counter,
                    themes: Themes | None = None) -> str:
    """One prompt: its counts (of every matching answer), its themes and its newest answers."""
    total = sum(counts.values())
    summary = " · ".join(f"{counts[s]} {s}" for s in review.STANCE_COLUMNS if counts[s])
    rows = "\n".join(
        "<tr>"
        f'<td class="when">{review.when(o.created_at)}</td>'
        f"<td>{_badge(o.stance)}</td>"
        f'<td class="text">{escape(o.opinion)}</td>'
        f'<td class="text">{escape(o.reason) if review.has_reason(o) else _NONE}</td>'
        f'<td class="small">{escape(o.channel)}<br>#{o.id} · {escape(o.session_id)}</td>'
        "</tr>"
        for o in opinions
    )
    more = ""
    if total > len(opinions):
        more = (f'<p class="id">The newest {len(opinions)} of {total:,} answers. All of them: '
                f"<code>discuss opinions export --prompt {escape(prompt_id)} --format csv</code></p>")
    return f"""<section id="prompt-{escape(prompt_id)}">
<h2>{escape(opinions[0].prompt)}</h2>
<p class="id">{escape(prompt_id)} · {review.plural(total, "opinion")} · {summary}</p>
{_themes_block(themes)}
{more}
<table>
<colgroup>
<col class="c-when"><col class="c-stance"><col class="c-opinion"><col><col class="c-who">
</colgroup>
<thead>
<tr><th>When (UTC)</th><th>Stance</th><th>Opinion</th><th>Reason</th><th>Source</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
</section>"""


def build_report(samples: dict[str, list[Opinion]], stats: review.Stats,
                 themes: dict[str, Themes] | None = None) -> str:
    """The whole page: the charts and counts of every matching answer (`stats`), and per prompt
    its themes and its newest answers (`samples`, newest first), so the page stays readable at
    any size."""
    themes = themes or {}
    days = list(stats.by_day)
    share = round(100 * stats.with_reason / stats.total)
    cards = [
        (stats.total, "opinions"), (stats.sessions, "readers' sessions"),
        (f"{share}%", "gave a reason"), (f"{stats.median_length:g}", "median characters"),
    ]
    with rc_context(CHART_STYLE):
        charts = (stance_chart(stats), time_chart(stats))
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M")
    sections = "\n".join(
        _prompt_section(prompt_id, samples[prompt_id], stats.by_prompt[prompt_id],
                        themes.get(prompt_id))
        for prompt_id in review.prompt_order(samples) if samples[prompt_id]
    )
    # The CSP keeps the page inert even if something slipped through escaping.
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
      content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What readers think</title>
<style>{STYLE}</style>
</head>
<body>
<main>
<h1>What readers think</h1>
<p class="meta">{days[0]:%Y-%m-%d} to {days[-1]:%Y-%m-%d} (UTC) · generated {generated} UTC</p>
<div class="cards">
{"".join(f'<div class="card"><b>{value}</b>{label}</div>' for value, label in cards)}
</div>
<div class="charts">
<figure><figcaption>Stance by prompt</figcaption>
<img src="{charts[0]}" alt="Stance by prompt"></figure>
<figure><figcaption>Opinions over time</figcaption>
<img src="{charts[1]}" alt="Opinions per day"></figure>
</div>
{sections}
</main>
</body>
</html>
"""
