"""Hand-written Adam on a logistic regression; .grad is read but never cleared."""
import torch

torch.manual_seed(14)
x = torch.randn(30, 3)
y = (x[:, 0] > 0).float()
w = torch.zeros(3, requires_grad=True)
m, v = torch.zeros(3), torch.zeros(3)
for t in range(1, 5):
    loss = torch.nn.functional.binary_cross_entropy_with_logits(x @ w, y)
    loss.backward()  # expect: AGL003
    with torch.no_grad():
        m = 0.9 * m + 0.1 * w.grad
        v = 0.999 * v + 0.001 * w.grad ** 2
        w -= 0.1 * (m / (1 - 0.9 ** t)) / ((v / (1 - 0.999 ** t)).sqrt() + 1e-8)
print(w)
