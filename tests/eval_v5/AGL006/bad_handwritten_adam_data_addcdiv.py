import torch


def adam_step(p, m, v, t, lr=1e-2):
    m.mul_(0.9).add_(p.grad, alpha=0.1)
    v.mul_(0.999).addcmul_(p.grad, p.grad, value=0.001)
    denom = (v / (1 - 0.999 ** t)).sqrt().add_(1e-8)
    p.data.addcdiv_(m / (1 - 0.9 ** t), denom, value=-lr)  # expect: AGL006


torch.manual_seed(6)
p = torch.randn(3, requires_grad=True)
m, v = torch.zeros(3), torch.zeros(3)
(p ** 2).sum().backward()
adam_step(p, m, v, 1)
