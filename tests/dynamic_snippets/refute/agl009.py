import torch


def test_detached():
    w = torch.randn(3, requires_grad=True)
    print(w.detach().numpy())  # claim: AGL009 w.detach().numpy()
