import torch

torch.manual_seed(0)

x = torch.randn(64, 2)
y = (x[:, :1] - 2 * x[:, 1:]).sigmoid()
w = torch.randn(2, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
learning_rate = 0.5

for _t in range(3):
    y_pred = torch.sigmoid(x @ w + b)
    loss = torch.nn.functional.binary_cross_entropy(y_pred, y)
    loss.backward()
    w.data -= learning_rate * w.grad  # expect: AGL006
    b.data -= learning_rate * b.grad  # expect: AGL006
    w.grad.zero_()
    b.grad.zero_()
