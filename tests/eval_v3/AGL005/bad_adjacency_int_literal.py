import torch as th

th.manual_seed(0)
adj = th.tensor([[0, 1, 1], [1, 0, 0], [1, 0, 0]], requires_grad=True)  # expect: AGL005
feats = th.randn(3, 4)
propagated = adj.float() @ feats
print(propagated.sum())
