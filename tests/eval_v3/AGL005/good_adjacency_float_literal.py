import torch as th

th.manual_seed(0)
adj = th.tensor([[0.0, 1.0, 1.0], [1.0, 0.0, 0.0], [1.0, 0.0, 0.0]], requires_grad=True)
feats = th.randn(3, 4)
(adj @ feats).sum().backward()
print(adj.grad)
