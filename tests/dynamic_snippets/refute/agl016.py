import torch


def test_from_list():
    w = torch.tensor([1.0, 2.0], requires_grad=True)  # claim: AGL016 torch.tensor([1.0, 2.0], requires_grad=True)
    print(w)
