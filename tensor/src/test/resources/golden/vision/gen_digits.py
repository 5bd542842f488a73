"""The Digits resource and its golden values, from scikit-learn's copy of the UCI optical digits test set
(Debian's python3-sklearn: /usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz; run with
/usr/bin/python3).

Writes
  tensor/src/main/resources/torch4j/vision/datasets/digits-images-idx3-ubyte.gz   uint8 (1797, 8, 8), values 0..16
  tensor/src/main/resources/torch4j/vision/datasets/digits-labels-idx1-ubyte.gz   uint8 (1797,)
(MNIST's IDX format, gzipped: 26 KB against sklearn's 57 KB CSV) and digits.json here: what
sklearn.datasets.load_digits() returns, summarised, for DigitsTest."""
import gzip, hashlib, json, os

import numpy as np
from sklearn.datasets import load_digits

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "..", "..", "..", "main", "resources", "torch4j", "vision", "datasets")

d = load_digits()
images = d.images.astype(np.uint8)
assert (images == d.images).all() and images.max() <= 16
labels = d.target.astype(np.uint8)


def write_idx(path, arr):
    raw = bytes([0, 0, 8, arr.ndim]) + b"".join(int(s).to_bytes(4, "big") for s in arr.shape) + arr.tobytes()
    with open(path, "wb") as f:
        with gzip.GzipFile(fileobj=f, mode="wb", compresslevel=9, mtime=0) as g:   # mtime 0: the same bytes every run
            g.write(raw)


os.makedirs(RES, exist_ok=True)
write_idx(os.path.join(RES, "digits-images-idx3-ubyte.gz"), images)
write_idx(os.path.join(RES, "digits-labels-idx1-ubyte.gz"), labels)
golden = {
    "n": int(len(labels)), "shape": list(d.images.shape), "data_shape": list(d.data.shape),
    "class_counts": np.bincount(d.target).tolist(), "pixel_sum": int(d.data.sum()),
    "first_image": d.images[0].astype(int).tolist(), "first_targets": d.target[:20].tolist(),
    "last_image": d.images[-1].astype(int).tolist(), "target_names": d.target_names.tolist(),
    "images_sha256": hashlib.sha256(images.tobytes()).hexdigest(),
    "data_sha256": hashlib.sha256(d.data.astype("<f8").tobytes()).hexdigest(),
}
with open(os.path.join(HERE, "digits.json"), "w") as f:
    json.dump(golden, f, indent=1)
print("wrote", RES, os.path.getsize(os.path.join(RES, "digits-images-idx3-ubyte.gz")))
