import torch


def to_leaf(t):
    return torch.tensor(t, requires_grad=True)  # expect: AGL016


torch.manual_seed(0)
anchor = to_leaf(torch.randn(4))
positive = torch.randn(4)
loss = torch.nn.functional.cosine_embedding_loss(
    anchor[None], positive[None], torch.ones(1)
)
loss.backward()
