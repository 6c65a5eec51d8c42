import torch

torch.manual_seed(0)


def masked_mean(values, threshold=0.0):
    keep = values > threshold
    keep.requires_grad_()  # expect: AGL005
    return (values * keep).sum() / keep.sum()


v = torch.randn(10, requires_grad=True)
print(masked_mean(v))
