"""matplotlib's side of bench/plot.sh: the same 640x480 one-line 200-point figure, rendered with
the Agg backend to PNG and to SVG (fresh figure each time, as PlotBench does)."""
import io, math, time
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

y = [math.sin(i / 10.0) for i in range(200)]

def render(fmt):
    fig = plt.figure()
    plt.plot(y)
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt)
    plt.close(fig)
    return len(buf.getvalue())

for name, fmt in [("png_200pts", "png"), ("svg_200pts", "svg")]:
    for _ in range(30):
        render(fmt)
    ms = []
    for _ in range(50):
        t0 = time.perf_counter()
        render(fmt)
        ms.append((time.perf_counter() - t0) * 1e3)
    ms.sort()
    print("%-16s best=%7.2f ms  median=%7.2f ms  (matplotlib %s)" % (name, ms[0], ms[len(ms) // 2], matplotlib.__version__))
