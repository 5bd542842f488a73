# The PyTorch program lesson 01-tensors mirrors; its output (01-tensors.py.out) must appear in the lesson's.
import torch

# types and conversion
a = torch.tensor([[1, 2], [3, 4]])
print(a.dtype)
b = a.float()
print(b.dtype, b)
print(a.to(torch.float64))
print(torch.tensor([1.7, -1.7]).long())
print(torch.tensor([0.0, 2.5]).bool())

# creation
print(torch.zeros(2, 3))
print(torch.ones(2, dtype=torch.int64))
print(torch.full((2, 2), 7.0))
print(torch.arange(0, 10, 3))
print(torch.linspace(0, 1, 5))
print(torch.eye(3))
torch.manual_seed(0)
print(torch.rand(2, 3))
print(torch.randn(2, 3))
print(torch.randint(0, 10, (5,)))

# shapes
x = torch.arange(24)
print(x.view(4, 6).shape)
print(x.view(2, 3, -1).shape)
print(x.reshape(6, 4).size(0), x.numel(), x.view(2, 3, 4).dim())

# joining and splitting
p = torch.ones(2, 3)
q = torch.zeros(2, 3)
print(torch.cat([p, q], 0).shape, torch.cat([p, q], 1).shape)
print(torch.stack([p, q], 0).shape, torch.stack([p, q], 2).shape)
for t in torch.arange(10).chunk(3):
    print(t)
for t in torch.arange(10).split(4):
    print(t)
for t in torch.arange(10).split([1, 2, 7]):
    print(t)

# indexing and masks
m = torch.arange(12).view(3, 4)
print(m[1])
print(m[:, 1])
print(m[1:, ::2])
print(m[-1, -1])
mask = m > 6
print(mask)
print(m[mask])
print(m.index_select(1, torch.tensor([0, 3])))

# views share memory
v = m.view(4, 3)
v[0, 0] = 100
print(m[0])
c = m.clone()
c[0, 0] = -1
print(m[0, 0], c[0, 0])
# the lesson also prints m.t().is_contiguous(): False here, Java's false there (not compared)

# squeeze, unsqueeze, expand, transpose, permute
s = torch.zeros(1, 3, 1)
print(s.squeeze().shape, s.squeeze(0).shape, s.unsqueeze(0).shape)
e = torch.tensor([[1], [2]])
print(e.expand(2, 3))
print(e.expand(2, 3).stride(0), e.expand(2, 3).stride(1))
r = torch.arange(24).view(2, 3, 4)
print(r.transpose(0, 2).shape, r.permute(2, 0, 1).shape)

# sort, max, topk
torch.manual_seed(1)
h = torch.randn(3, 4)
print(h)
print(h.sort(dim=1))
print(h.max())
print(h.max(dim=0))
print(h.topk(2, dim=1))

# broadcasting
col = torch.arange(3).view(3, 1)
row = torch.arange(4)
print(col + row)
print((col * 10 + row).shape)

# where, item, clamp
w = torch.linspace(-2, 2, 5)
print(torch.where(w > 0, w, torch.zeros(5)))
print(w.clamp(-1, 1))
print(w.sum().item())
