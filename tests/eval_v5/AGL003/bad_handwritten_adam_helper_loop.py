import torch


def adam_update(params, state, lr=0.01, betas=(0.9, 0.999), eps=1e-8):
    state["t"] += 1
    with torch.no_grad():
        for i, p in enumerate(params):
            m, v = state["m"][i], state["v"][i]
            m.mul_(betas[0]).add_(p.grad, alpha=1 - betas[0])
            v.mul_(betas[1]).addcmul_(p.grad, p.grad, value=1 - betas[1])
            m_hat = m / (1 - betas[0] ** state["t"])
            v_hat = v / (1 - betas[1] ** state["t"])
            p -= lr * m_hat / (v_hat.sqrt() + eps)


torch.manual_seed(6)
params = [torch.randn(4, 2, requires_grad=True), torch.zeros(2, requires_grad=True)]
state = {"t": 0, "m": [torch.zeros_like(p) for p in params]}
state["v"] = [torch.zeros_like(p) for p in params]
x, y = torch.randn(10, 4), torch.randn(10, 2)
for _ in range(4):
    loss = (x @ params[0] + params[1] - y).pow(2).mean()
    loss.backward()  # expect: AGL003
    adam_update(params, state)
