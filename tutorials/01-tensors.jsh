// Lesson 01: tensors. Run it with ./torch4j tutorials/01-tensors.jsh
// Every print matches what PyTorch 1.13 prints for the same program.

//# # Lesson 01: tensors
//# A tensor is an n-dimensional array with a dtype, a shape and a storage. This lesson walks
//# through the everyday operations: types, creation, shapes, joining and splitting, indexing,
//# views, reshaping dimensions, sorting, broadcasting and a few element-wise helpers.
//# `Torch.*` is imported, so `zeros(2, 3)` is `torch.zeros(2, 3)`.

//# ## Types and conversion
//# Java `int`/`long` values give `int64` tensors and `double` values give `float32`, as Python
//# ints and floats do. `toFloat()`, `toLong()`, `toDouble()` and `bool()` are PyTorch's
//# `.float()`, `.long()`, `.double()` and `.bool()`; `to(dtype)` names the type.
var a = tensor(new long[][]{{1, 2}, {3, 4}});
print(a.dtype());
var b = a.toFloat();
print(b.dtype(), b);
print(a.to(float64));
print(tensor(1.7, -1.7).toLong());   // truncates toward zero
print(tensor(0.0, 2.5).bool());

//# ## Creation
//# The usual factories. A seed makes the random ones repeatable: these are PyTorch's numbers.
print(zeros(2, 3));
print(ones(new long[]{2}, int64));
print(full(new long[]{2, 2}, 7.0));
print(arange(0, 10, 3));
print(linspace(0, 1, 5));
print(eye(3));
manualSeed(0);
print(rand(2, 3));
print(randn(2, 3));
print(randint(0, 10, 5));

//# ## Shapes
//# `view` reinterprets the same numbers with another shape (-1: work it out); `reshape` does the
//# same and copies only when it must.
var x = arange(24);
print(x.view(4, 6).shape());
print(x.view(2, 3, -1).shape());
print(x.reshape(6, 4).size(0), x.numel(), x.view(2, 3, 4).dim());

//# ## Joining and splitting
//# `cat` joins along an existing dimension, `stack` along a new one. `chunk(n)` cuts into n
//# pieces; `split(size)` into pieces of a size, or of the listed sizes.
var p = ones(2, 3);
var q = zeros(2, 3);
print(cat(List.of(p, q), 0).shape(), cat(List.of(p, q), 1).shape());
print(stack(List.of(p, q), 0).shape(), stack(List.of(p, q), 2).shape());
for (var t : arange(10).chunk(3)) print(t);
for (var t : arange(10).split(4)) print(t);
for (var t : arange(10).split(new long[]{1, 2, 7})) print(t);

//# ## Indexing and masks
//# `get(i)` selects, `get("...")` takes Python's slice syntax, `get(mask)` keeps the elements
//# where a boolean tensor is true.
var m = arange(12).view(3, 4);
print(m.get(1));
print(m.get(":, 1"));
print(m.get("1:, ::2"));
print(m.get(-1, -1));
var mask = m.gt(6);
print(mask);
print(m.get(mask));
print(m.indexSelect(1, tensor(0, 3)));

//# ## Views share memory
//# A view and its base are one storage: writing through the view changes the base. `clone()`
//# copies. A transpose is a view with swapped strides, so it is no longer contiguous.
var v = m.view(4, 3);
v.set(new long[]{0, 0}, 100);
print(m.get(0));
var c = m.clone();
c.set(new long[]{0, 0}, -1);
print(m.get(0, 0), c.get(0, 0));
print(m.t().isContiguous());

//# ## squeeze, unsqueeze, expand, transpose, permute
//# `squeeze` drops size-1 dimensions, `unsqueeze` adds one. `expand` repeats a size-1 dimension
//# without copying: its stride is 0.
var s = zeros(1, 3, 1);
print(s.squeeze().shape(), s.squeeze(0).shape(), s.unsqueeze(0).shape());
var e = tensor(new long[][]{{1}, {2}});
print(e.expand(2, 3));
print(e.expand(2, 3).stride(0), e.expand(2, 3).stride(1));
var r = arange(24).view(2, 3, 4);
print(r.transpose(0, 2).shape(), r.permute(2, 0, 1).shape());

//# ## sort, max, topk
//# Along a dimension they return values and indices together, printed as PyTorch's named tuples.
manualSeed(1);
var h = randn(3, 4);
print(h);
print(h.sort(1));
print(h.max());
print(h.max(0));
print(h.topk(2, 1));

//# ## Broadcasting
//# Shapes are lined up from the right; a dimension of size 1 stretches to match the other.
var col = arange(3).view(3, 1);
var row = arange(4);
print(col.add(row));
print(col.mul(10).add(row).shape());

//# ## where, clamp, item
//# `where(cond, a, b)` picks element by element; `clamp` limits to a range; `item()` gives the
//# single number of a one-element tensor as a Java `double`.
var w = linspace(-2, 2, 5);
print(where(w.gt(0), w, zeros(5)));
print(w.clamp(-1, 1));
print(w.sum().item());
