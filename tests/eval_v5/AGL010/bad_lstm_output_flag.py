import torch
import torch.nn as nn

torch.manual_seed(89)
lstm = nn.LSTM(3, 5, batch_first=True)
out, _ = lstm(torch.randn(2, 7, 3))
out.requires_grad = False  # expect: AGL010
