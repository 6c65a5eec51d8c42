import torch


def test_view_after_creation():
    w = torch.randn(3, requires_grad=True).view(3, 1)
    (torch.randn(2, 3) @ w).sum().backward()
    print(w.grad)  # claim: AGL001 w.grad


def test_hidden_activation():
    x = torch.randn(4, requires_grad=True)
    h = x.exp()
    h.sum().backward()
    return h.grad  # claim: AGL001 h.grad


class TestLoss:
    def test_loss_grad(self):
        logits = torch.randn(5, requires_grad=True)
        loss = logits.logsumexp(0)
        loss.backward()
        assert loss.grad is None  # claim: AGL001 loss.grad
