import torch

torch.manual_seed(8)
w = torch.zeros(3, requires_grad=True)
meta_log = 0.0
for _task in range(3):
    xs = torch.randn(10, 3)
    ys = xs @ torch.randn(3)
    task_loss = (xs @ w - ys).pow(2).mean()
    task_loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
        w.grad = None
    meta_log += task_loss  # expect: AGL012
