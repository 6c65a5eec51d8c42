import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(5, 8), nn.ReLU(), nn.Linear(8, 1))
x_val = torch.randn(10, 5)
y_val = np.random.default_rng(0).normal(size=(10, 1)).astype(np.float32)


def evaluate(model, x, y):
    model.eval()
    preds = model(x)
    y_hat = preds.numpy()  # expect: AGL009
    return float(np.mean((y_hat - y) ** 2))


print("val mse", evaluate(model, x_val, y_val))
