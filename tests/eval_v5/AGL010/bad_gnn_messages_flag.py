import torch

torch.manual_seed(8)
edges = torch.tensor([[0, 1, 2, 3], [1, 2, 3, 0]])
node_feats = torch.randn(4, 3, requires_grad=True)
messages = node_feats[edges[0]] * 0.5
messages.requires_grad = False  # expect: AGL010
agg = torch.zeros(4, 3).index_add(0, edges[1], messages)
