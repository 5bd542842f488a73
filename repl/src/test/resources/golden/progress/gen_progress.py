"""Golden outputs of tqdm (Debian python3-tqdm 4.64.1) for torch4j.render.Progress.

Run with /usr/bin/python3 gen_progress.py > progress.json. Two kinds of case:
- "meter": tqdm.format_meter(n, total, elapsed, ncols, prefix, ascii=False, rate, postfix) strings;
- "run": the exact text a bar writes to its stream over a whole loop, with a fake clock that the
  loop body advances (tqdm's own time() is replaced, so the output is deterministic).
"""
import io, json
from tqdm import tqdm

meters = []
for (n, total, elapsed, ncols, prefix, rate, postfix) in [
    (0, 10, 0, None, '', None, None),
    (4, 10, 1.29, None, '', 3.1, 'loss=0.123'),
    (4, 10, 1.29, None, '', None, None),
    (7, 13, 65.5, None, 'train', 0.8, None),
    (13, 13, 3725.2, None, 'epoch 3: ', 57.123, 'acc=0.91, loss=1.2e-05'),
    (1, 3, 0.5, None, '', 2.0, None),
    (2, 3, 0.51, None, '', 1.999, None),
    (5, 100, 2.0, 80, 'eval', 2.5, None),
    (33, 100, 12.0, 60, '', 2.75, 'x=1'),
    (12, None, 4.0, None, '', 3.0, None),
    (12, None, 4.0, None, 'batches', None, 'loss=0.5'),
    (0, None, 0, None, '', None, None),
    (3, 7, 100000.0, None, '', 0.00003, None),
    (999, 1000, 10.0, None, '', 99.9, None),
    (1, 8, 1.0, None, '', None, None),
]:
    meters.append(dict(n=n, total=total, elapsed=elapsed, ncols=ncols, prefix=prefix, rate=rate, postfix=postfix,
                       out=tqdm.format_meter(n, total, elapsed, ncols=ncols, prefix=prefix, ascii=False, rate=rate, postfix=postfix)))

class Utf8(io.StringIO):
    encoding = 'utf-8'

def run(total, deltas, desc=None, postfixes=None, iterable_len=True, mininterval=0.1, kwargs=None):
    clock = [1000.0]
    f = Utf8()
    items = list(range(total))
    it = items if iterable_len else iter(items)
    # tqdm reads time() in __init__, so patch the module's time before constructing
    import tqdm.std as std
    saved = std.time
    std.time = lambda: clock[0]
    try:
        t = tqdm(it, desc=desc, file=f, mininterval=mininterval)
        for i, _ in enumerate(t):
            clock[0] += deltas[i % len(deltas)]
            if postfixes:
                k, v = postfixes[i % len(postfixes)]
                t.set_postfix({k: v})
            if kwargs:
                t.set_postfix(**kwargs[i % len(kwargs)])   # keyword arguments: tqdm sorts them by name
    finally:
        std.time = saved
    return dict(total=total, deltas=deltas, desc=desc, postfixes=postfixes, kwargs=kwargs, sized=iterable_len, mininterval=mininterval,
                out=f.getvalue())

runs = [
    run(10, [0.25]),
    run(10, [0.03, 0.05, 0.2, 0.01]),
    run(5, [0.4], desc='train', postfixes=[['loss', 0.123456], ['loss', 2.0], ['loss', 1e-05], ['loss', 12345.678], ['loss', 7]]),
    run(6, [0.3], desc='stream', iterable_len=False),
    run(40, [0.011]),
    run(3, [2.5]),
    run(4, [0.5], desc='epoch 1', kwargs=[dict(loss=0.5, acc=0.75), dict(loss=0.25, acc=0.875, lr=0.01)]),
]
print(json.dumps(dict(meters=meters, runs=runs), indent=1, ensure_ascii=False))
