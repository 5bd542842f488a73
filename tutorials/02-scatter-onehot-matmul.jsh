// Lesson 02: scatter and one-hot; mul vs mm vs bmm. Run it with ./torch4j tutorials/02-scatter-onehot-matmul.jsh
// Every print matches what PyTorch 1.13 prints for the same program.

//# # Lesson 02: scatter, one-hot, and three kinds of multiplication
//# `scatter` writes values into a tensor at positions given by an index tensor; its best-known
//# use is turning class labels into one-hot rows. Then: `mul` multiplies element by element,
//# `mm` is the matrix product, and `bmm` does a whole batch of matrix products at once.

//# ## scatter
//# Along dimension 1, `out[i][index[i][j]] = src[i][j]`: row i of `src` is spread over the
//# columns that row i of `index` names. Positions nobody writes keep their old value.
var src = arange(1, 7).toFloat().view(2, 3);
var index = tensor(new long[][]{{0, 2, 4}, {1, 3, 0}});
print(zeros(2, 5).scatter(1, index, src));

//# Along dimension 0 the index picks the row instead: `out[index[i][j]][j] = src[i][j]`.
print(zeros(3, 3).scatter(0, tensor(new long[][]{{2, 0, 1}, {0, 1, 2}}), src));

//# A single number can be scattered instead of a source tensor.
print(zeros(2, 4).scatter(1, tensor(new long[][]{{3}, {1}}), 1.0));

//# ## One-hot
//# One row per label, a 1 in the label's column: a scatter of 1.0 with the labels as a column of
//# indices. `F.oneHot` does the same and returns `int64`; `argmax` goes back to the labels.
var labels = tensor(2, 0, 1, 2);
var byHand = zeros(4, 3).scatter(1, labels.view(-1, 1), 1.0);
print(byHand);
print(F.oneHot(labels));
print(F.oneHot(labels, 5));
print(byHand.argmax(1));

//# ## mul, mm, bmm
//# `mul` is element-wise and broadcasts (here a row of three scales each column). `mm` is the
//# matrix product of a (2×3) and a (3×2); `matmul` picks the right product for the shapes.
var A = arange(6).toFloat().view(2, 3);
var B = arange(6).toFloat().view(3, 2);
print(A.mul(A));
print(A.mul(tensor(1.0, 10.0, 100.0)));
print(A.mm(B));
print(matmul(A, B));

//# `bmm` multiplies batch by batch: (4×2×3) times (4×3×5) gives (4×2×5), and its matrix 1 is
//# exactly the `mm` of the two matrices 1.
manualSeed(0);
var X = randn(4, 2, 3);
var Y = randn(4, 3, 5);
var Z = bmm(X, Y);
print(Z.shape());
print(Z.get(1));
print(X.get(1).mm(Y.get(1)));
print(matmul(X, Y).shape());
