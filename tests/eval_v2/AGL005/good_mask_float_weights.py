import torch

torch.manual_seed(0)


def soft_masked_mean(values, threshold=0.0):
    keep = (values > threshold).float().requires_grad_()
    return (values * keep).sum() / keep.sum().clamp(min=1.0)


v = torch.randn(10, requires_grad=True)
soft_masked_mean(v).backward()
print(v.grad)
