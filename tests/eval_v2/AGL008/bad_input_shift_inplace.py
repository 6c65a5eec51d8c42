import torch

torch.manual_seed(0)


def saliency(fn, shape):
    x = torch.rand(*shape, requires_grad=True)
    x += 0.5  # expect: AGL008
    fn(x).backward()
    return x.grad


print(saliency(lambda t: (t ** 2).sum(), (2, 3)))
