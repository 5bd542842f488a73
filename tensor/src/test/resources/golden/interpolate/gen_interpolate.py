"""Golden outputs of F.interpolate(mode='bilinear') from PyTorch 1.13, bit for bit: run as
`/usr/bin/python3 gen_interpolate.py` (writes interpolate.pt, a torch.save file torch4j reads with
Torch.load). Each case: an input drawn from a seeded generator, the options, and PyTorch's output;
the input shapes include one channel (a tensor that is also channels-last contiguous, where ATen
picks its channels-last kernel)."""
import torch
import torch.nn.functional as F

cases = {}
shapes = [(2, 3, 9, 13), (1, 1, 5, 7), (1, 2, 4, 4), (3, 1, 6, 3)]
sizes = [(17, 7), (4, 6), (9, 13), (1, 1), (8, 26)]
scales = [(2.0, 2.0), (0.5, 0.5), (1.7, 0.6), (3.0, 1.0)]
k = 0
for dtype in (torch.float32, torch.float64):
    for shape in shapes:
        g = torch.Generator().manual_seed(k)
        x = torch.rand(shape, generator=g, dtype=dtype) * 10 - 3
        for align in (False, True):
            for size in sizes:
                name = f"c{k}_size_{size[0]}x{size[1]}_align{int(align)}"
                cases[name] = {"x": x, "size": torch.tensor(size), "align": torch.tensor(align),
                               "y": F.interpolate(x, size=size, mode="bilinear", align_corners=align)}
                k += 1
            for sc in scales:
                name = f"c{k}_scale_{sc[0]}x{sc[1]}_align{int(align)}"
                cases[name] = {"x": x, "scale": torch.tensor(sc, dtype=torch.float64), "align": torch.tensor(align),
                               "y": F.interpolate(x, scale_factor=sc, mode="bilinear", align_corners=align)}
                k += 1
# float32 sweep: scales that float32 cannot hold (12/25, 13/7, 1/0.3), where a source index rounded to
# float would land on an input pixel that ATen's double index stops just short of
for shape in [(1, 3, 13, 11), (2, 1, 13, 11)]:
    g = torch.Generator().manual_seed(k)
    x = torch.rand(shape, generator=g) * 10 - 3
    for align in (False, True):
        for size in [(26, 22), (7, 5), (31, 3), (2, 40)]:
            name = f"c{k}_size_{size[0]}x{size[1]}_align{int(align)}"
            cases[name] = {"x": x, "size": torch.tensor(size), "align": torch.tensor(align),
                           "y": F.interpolate(x, size=size, mode="bilinear", align_corners=align)}
            k += 1
        for sc in [(1.3, 2.7), (0.3, 0.7)]:
            name = f"c{k}_scale_{sc[0]}x{sc[1]}_align{int(align)}"
            cases[name] = {"x": x, "scale": torch.tensor(sc, dtype=torch.float64), "align": torch.tensor(align),
                           "y": F.interpolate(x, scale_factor=sc, mode="bilinear", align_corners=align)}
            k += 1
torch.save(cases, "interpolate.pt")
print(len(cases), "cases")
