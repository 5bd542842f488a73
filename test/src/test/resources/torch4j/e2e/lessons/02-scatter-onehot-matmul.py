# The PyTorch program lesson 02-scatter-onehot-matmul mirrors; its output must appear in the lesson's.
import torch
import torch.nn.functional as F

# scatter: out[i][index[i][j]] = src[i][j] along dim 1
src = torch.arange(1, 7, dtype=torch.float32).view(2, 3)
index = torch.tensor([[0, 2, 4], [1, 3, 0]])
print(torch.zeros(2, 5).scatter(1, index, src))
# along dim 0: out[index[i][j]][j] = src[i][j]
print(torch.zeros(3, 3).scatter(0, torch.tensor([[2, 0, 1], [0, 1, 2]]), src))
# a scalar value instead of a source tensor
print(torch.zeros(2, 4).scatter(1, torch.tensor([[3], [1]]), 1.0))

# one-hot by hand with scatter, then with F.one_hot
labels = torch.tensor([2, 0, 1, 2])
by_hand = torch.zeros(4, 3).scatter(1, labels.view(-1, 1), 1.0)
print(by_hand)
print(F.one_hot(labels))
print(F.one_hot(labels, num_classes=5))
print(by_hand.argmax(dim=1))

# mul is element-wise (with broadcasting); mm is the matrix product; bmm is a batch of them
A = torch.arange(6, dtype=torch.float32).view(2, 3)
B = torch.arange(6, dtype=torch.float32).view(3, 2)
print(A * A)
print(A.mul(torch.tensor([1.0, 10.0, 100.0])))
print(A.mm(B))
print(torch.matmul(A, B))
torch.manual_seed(0)
X = torch.randn(4, 2, 3)
Y = torch.randn(4, 3, 5)
Z = torch.bmm(X, Y)
print(Z.shape)
print(Z[1])
print(X[1].mm(Y[1]))
print(torch.matmul(X, Y).shape)
